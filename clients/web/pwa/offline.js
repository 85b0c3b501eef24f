/* global document, localStorage, navigator */
// Shows the offline page in the language the citizen chose on this device (or the browser's),
// German otherwise; without this script every language stays visible.
const sections = [...document.querySelectorAll('section[lang]')];
const offered = sections.map((section) => section.lang);
function chosenLang() {
  try {
    return localStorage.getItem('rathaus.lang');
  } catch {
    return null;
  }
}
const chosen = chosenLang();
const wanted = [chosen, ...(navigator.languages ?? []).map((tag) => tag.split('-')[0])].find(
  (lang) => lang && offered.includes(lang),
);
const lang = wanted ?? 'de';
for (const section of sections) section.hidden = section.lang !== lang;
const shown = sections.find((section) => section.lang === lang);
document.documentElement.lang = lang;
document.documentElement.dir = shown?.dir || 'ltr';
const heading = shown?.querySelector('h1')?.textContent;
const town = document.querySelector('header')?.textContent;
if (heading && town) document.title = `${heading} – ${town}`;
