package org.parley.ingest.extraction;

import java.util.List;

/**
 * An actor Parley knows, as the extractor matches speakers against it.
 *
 * @param slug the actor's identifier
 * @param name its name ("Donald Trump", "Russia", "Kremlin")
 * @param kind PERSON, STATE, ORGANIZATION or GROUP
 * @param title what it is, as Parley records it ("President of the United States"), or
 * null
 * @param aliases other spellings ("Zelensky", "Steven Witkoff")
 */
public record KnownActor(String slug, String name, String kind, String title, List<String> aliases) {
}
