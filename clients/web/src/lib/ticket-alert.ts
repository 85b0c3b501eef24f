/**
 * Gets the attention of a citizen whose number is called, where the browser allows it: a
 * vibration, and a short two-tone chime through Web Audio. Either may be refused (no vibration
 * motor, audio not yet allowed by a tap on the page); the page's text and title say it anyway.
 */
export function alertCalled(): void {
  try {
    navigator.vibrate?.([300, 150, 300]);
  } catch {
    // Some browsers throw instead of ignoring a vibration they do not allow.
  }
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return;
  try {
    const audio = new AudioContextClass();
    const start = audio.currentTime;
    for (const [index, frequency] of [880, 660].entries()) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.2, start + index * 0.25);
      gain.gain.exponentialRampToValueAtTime(0.001, start + index * 0.25 + 0.24);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + index * 0.25);
      oscillator.stop(start + index * 0.25 + 0.25);
    }
    setTimeout(() => void audio.close(), 1000);
  } catch {
    // Audio is optional: a browser without a free audio output refuses it.
  }
}
