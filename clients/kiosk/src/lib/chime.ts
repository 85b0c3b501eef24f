/**
 * The display's chime on each call: two soft tones made with the Web Audio API (no sound file).
 * Browsers start audio only after a user gesture, so the display's "Turn on the chime" button
 * (or a kiosk browser started with --autoplay-policy=no-user-gesture-required) unlocks it.
 */
export class Chime {
  private context: AudioContext | null = null;

  /** Creates and resumes the audio context; call from a click. */
  async unlock(): Promise<boolean> {
    this.context ??= new AudioContext();
    await this.context.resume();
    return this.context.state === 'running';
  }

  get ready(): boolean {
    return this.context?.state === 'running';
  }

  play(): void {
    const context = this.context;
    if (!context || context.state !== 'running') return;
    const start = context.currentTime;
    for (const [offset, frequency] of [
      [0, 659.25],
      [0.35, 523.25],
    ] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.4, start + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.9);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 1);
    }
  }
}
