/**
 * Municipalities (Kommunen) of Baden-Württemberg with their official key, district and Agenda-2030 status.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Municipalities")
package de.kommunalpilot.municipalities;
