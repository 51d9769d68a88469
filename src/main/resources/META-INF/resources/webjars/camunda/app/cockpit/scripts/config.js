// Lifecycle Ops: Cockpit's configuration (replaces the webapp's default, which sets nothing).
export default {
  // The lifecycle dashboard (plugin point cockpit.dashboard) and the process definition's "Lifecycle" tab, served from
  // the service's jar: app/cockpit/lifecycle/dashboard.js. It reads /api/metrics with the logged-in user's rights.
  customScripts: ['lifecycle/dashboard']
};
