/**
 * Exchange meetings (Austauschtreffen) of migrant experts, municipalities and development-policy actors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package de.kommunalpilot.meetings;
