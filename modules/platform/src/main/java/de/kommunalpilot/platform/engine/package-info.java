/**
 * The adapter to the process engine: the only package of the platform that uses Camunda's types. Its
 * public types ({@link de.kommunalpilot.platform.engine.EngineSystemCalls},
 * {@link de.kommunalpilot.platform.engine.EngineValues}) are for the modules' own {@code process} adapters;
 * domain code and pages use the engine-free types at the platform's root ({@code UserTask},
 * {@code TaskCompletions}, {@code CaseTasks}).
 */
@org.springframework.modulith.NamedInterface("engine")
package de.kommunalpilot.platform.engine;
