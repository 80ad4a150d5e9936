package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.facts.InvalidInputException;
import java.util.List;
import java.util.function.Consumer;

/** How one log format is split into records; notes say what was skipped or cut off, and why. */
interface LogLayout {

    List<LogUnit> units(ExportedText text, Consumer<String> notes) throws InvalidInputException;
}
