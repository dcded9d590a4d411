// Sign-in happens once, on Kommunalpilot's login page, for the pages and all webapps alike.
// Whenever the webapp would show its own login form (after logout or an expired session),
// go to that page instead.
const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
const loginPage = appRoot.replace(/\/camunda\/?$/, '') + '/login';

function toLoginPage() {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace(loginPage);
  }
}

toLoginPage();
window.addEventListener('hashchange', toLoginPage);

export default [];
