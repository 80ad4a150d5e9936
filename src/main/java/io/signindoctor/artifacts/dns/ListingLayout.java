package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.facts.InvalidInputException;
import java.util.function.Consumer;

/** How one kind of DNS listing is read; notes say what was skipped and why. */
interface ListingLayout {

    /**
     * @param origin the zone relative names belong to when the listing does not say (the SIP domain), or null
     */
    Listed read(ExportedText text, String origin, Consumer<String> notes) throws InvalidInputException;
}
