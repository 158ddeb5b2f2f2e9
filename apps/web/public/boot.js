(function () {
  try {
    var theme = localStorage.getItem('rundown.theme');
    var dark = theme === 'dark' || ((!theme || theme === 'system') && window.matchMedia('(prefers-color-scheme: dark)').matches);
    if (dark) document.documentElement.classList.add('dark');
    var lang = localStorage.getItem('rundown.lang');
    if (lang !== 'en' && lang !== 'id') {
      var first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
      lang = /^en\b/i.test(first) ? 'en' : 'id';
    }
    document.documentElement.lang = lang;
  } catch (e) {}
})();
