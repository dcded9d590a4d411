package de.kommunalpilot.platform;

/**
 * The start form of a process that people start in Tasklist: what it accepts. A start carrying anything
 * else (a business key, a variable the server writes) is refused.
 *
 * @param process the process definition key
 * @param form the accepted fields
 */
public record StartForm(String process, TaskForm form) {
}
