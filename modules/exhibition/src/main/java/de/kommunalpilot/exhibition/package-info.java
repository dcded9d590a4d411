/**
 * The travelling SDG exhibition (Wanderausstellung) that municipalities borrow, with its booking calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exhibition")
package de.kommunalpilot.exhibition;
