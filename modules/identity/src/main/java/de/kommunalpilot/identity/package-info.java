/**
 * Users and groups in Camunda's identity store, the one login for the app's pages and the Camunda webapps, and the authorizations each group gets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package de.kommunalpilot.identity;
