package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.signindoctor.facts.DocumentReader;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.LocatedDocument;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kbfiles.KnowledgeFiles;
import io.signindoctor.kbfiles.KnowledgeFiles.Catalogue;
import io.signindoctor.kbfiles.TextFile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the reader knows about words, as data beside the rules: rules/reading.yaml (negation words, and the
 * cue words that give values their roles or make a clause a statement), rules/messages.yaml (the client's messages
 * as written) and rules/codes.yaml (error codes and what each is evidence for). A rule author who adds a rule can so
 * teach the tool the words tickets use for its facts without touching Java. Every file is checked when loaded,
 * each problem reported at its line, before any text is read with it.
 */
public final class PatternCatalog {

    /** The built-in catalogues' paths, as messages name them. */
    public static final String READING = "rules/" + Catalogue.READING;
    public static final String MESSAGES = "rules/" + Catalogue.MESSAGES;
    public static final String CODES = "rules/" + Catalogue.CODES;
    public static final String EXAMPLES = "rules/" + Catalogue.EXAMPLES;

    /** How far, in words, a reading's context cues may stand from its value or first cue unless it says. */
    private static final int CONTEXT_WITHIN = 60;

    private final List<Reading> readings;
    private final Set<String> negators;
    private final List<String[]> irrealis;
    private final List<String[]> affirming;
    private final List<String[]> denials;
    private final Map<String, String> firstMentionWins;
    private final Map<String, String> abbreviations;
    private final List<KnownMessage> messages;
    private final Set<String> messageStopWords;
    private final double similarity;
    private final List<ErrorCode> codes;
    private final ScopeWords scopeWords;
    private final HostLabels hostLabels;
    private final Possessions possessions;
    private final Trials trials;
    private final Contractions contractions;
    private final Lexicon lexicon;

    private PatternCatalog(List<Reading> readings, Set<String> negators, List<String[]> irrealis,
            List<String[]> affirming, List<String[]> denials, Map<String, String> firstMentionWins,
            Map<String, String> abbreviations, List<KnownMessage> messages, Set<String> messageStopWords,
            double similarity, List<ErrorCode> codes, ScopeWords scopeWords,
            HostLabels hostLabels, Possessions possessions, Trials trials, Contractions contractions,
            Lexicon lexicon) {
        this.readings = List.copyOf(readings);
        this.negators = Set.copyOf(negators);
        this.irrealis = List.copyOf(irrealis);
        this.affirming = List.copyOf(affirming);
        this.denials = List.copyOf(denials);
        this.firstMentionWins = Map.copyOf(firstMentionWins);
        this.abbreviations = Map.copyOf(abbreviations);
        this.messages = List.copyOf(messages);
        this.messageStopWords = Set.copyOf(messageStopWords);
        this.similarity = similarity;
        this.codes = List.copyOf(codes);
        this.scopeWords = scopeWords;
        this.hostLabels = hostLabels;
        this.possessions = possessions;
        this.trials = trials;
        this.contractions = contractions;
        this.lexicon = lexicon;
    }

    public static PatternCatalog builtIn(Vocabulary vocabulary) throws InvalidInputException {
        return read(KnowledgeFiles.builtIn(KnowledgeFiles.Kind.CATALOGUES), vocabulary);
    }

    /**
     * Reads the catalogues of every layer, the built-in one first: a site's files add cue words, readings, messages
     * and codes to those before them (ids stay unique across all), and a similarity a later file gives replaces the
     * one before. Example files among them are left to {@link ReadingExamples}.
     */
    public static PatternCatalog read(List<TextFile> files, Vocabulary vocabulary) throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        ScalarValues values = new ScalarValues(vocabulary);
        List<LocatedDocument> readingFiles = documents(files, Catalogue.READING, problems);
        List<LocatedDocument> messageFiles = documents(files, Catalogue.MESSAGES, problems);
        List<LocatedDocument> codeFiles = documents(files, Catalogue.CODES, problems);
        Set<String> negators = new HashSet<>();
        List<String[]> irrealis = new ArrayList<>();
        List<String[]> affirming = new ArrayList<>();
        List<String[]> denials = new ArrayList<>();
        Map<String, String> firstMentionWins = new HashMap<>();
        Map<String, String> abbreviations = new HashMap<>();
        List<Reading> readings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        ScopeWords scopeWords = ScopeWords.NONE;
        HostLabels hostLabels = HostLabels.NONE;
        Possessions possessions = Possessions.NONE;
        Trials trials = Trials.NONE;
        Contractions contractions = Contractions.NONE;
        Concepts concepts = Concepts.of(readingFiles, problems);
        for (LocatedDocument reading : readingFiles) {
            scopeWords = scopeWords.with(reading.root());
            hostLabels = hostLabels.with(reading.root());
            possessions = possessions.with(reading.root());
            trials = trials.with(reading.root());
            contractions = contractions.with(reading.root());
            reading.root().path("negators").forEach(word -> negators.add(stemsOf(word.asText())[0]));
            irrealis.addAll(phrases(reading.root().path("irrealis")));
            affirming.addAll(phrases(reading.root().path("affirming")));
            denials.addAll(phrases(reading.root().path("denials")));
            firstMentionWins.putAll(firstMentionWins(reading, values, problems));
            abbreviations.putAll(abbreviations(reading, problems));
            JsonNode items = reading.root().get("readings");
            for (int i = 0; i < items.size(); i++) {
                String pointer = "/readings/" + i;
                unique(reading, pointer, ids, problems);
                reading(reading, pointer, values, concepts, problems).ifPresent(readings::add);
            }
        }
        Set<String> stopWords = new HashSet<>();
        double similarity = Double.NaN;
        for (LocatedDocument messages : messageFiles) {
            messages.root().path("ignore").forEach(word -> stopWords.add(Stems.of(word.asText())));
            similarity = messages.root().path("similarity").asDouble(similarity);
        }
        List<KnownMessage> known = new ArrayList<>();
        for (LocatedDocument messages : messageFiles) {
            JsonNode entries = messages.root().get("messages");
            for (int i = 0; i < entries.size(); i++) {
                String pointer = "/messages/" + i;
                unique(messages, pointer, ids, problems);
                message(messages, pointer, stopWords, values, problems).ifPresent(known::add);
            }
        }
        if (Double.isNaN(similarity) && !messageFiles.isEmpty()) {
            problems.add(messageFiles.get(0).problemAt("", "similarity: expected the share of a message's words a "
                    + "sentence must hold, such as 0.6; no messages file gives it"));
        }
        List<ErrorCode> catalogue = new ArrayList<>();
        codeFiles.forEach(codes -> catalogue.addAll(ErrorCodes.entries(codes, problems)));
        Lexicon lexicon = Lexicon.of(documents(files, Catalogue.LEXICON, problems),
                vocabulary(readings, negators, known, abbreviations, scopeWords), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PatternCatalog(readings, negators, irrealis, affirming, denials, firstMentionWins, abbreviations,
                known, stopWords, similarity, catalogue, scopeWords, hostLabels, possessions, trials, contractions,
                lexicon);
    }

    /** Every stem the readings' cues, the scope words, the messages and the abbreviations write: the English read. */
    private static Set<String> vocabulary(List<Reading> readings, Set<String> negators, List<KnownMessage> messages,
            Map<String, String> abbreviations, ScopeWords scopeWords) {
        Set<String> stems = new HashSet<>(negators);
        stems.addAll(scopeWords.troubles());
        stems.addAll(scopeWords.abilityNegators());
        stems.addAll(scopeWords.sequels());
        scopeWords.own().forEach(phrase -> stems.addAll(List.of(phrase)));
        for (Reading reading : readings) {
            reading.cues().forEach(group -> group.forEach(phrase -> stems.addAll(List.of(phrase))));
            reading.unless().forEach(phrase -> stems.addAll(List.of(phrase)));
        }
        messages.forEach(message -> message.sentences().forEach(stems::addAll));
        stems.addAll(abbreviations.keySet());
        return stems;
    }

    /** The files called so among the catalogues, each read and checked against its schema. */
    static List<LocatedDocument> documents(List<TextFile> files, String name, List<InputProblem> problems) {
        List<LocatedDocument> documents = new ArrayList<>();
        for (TextFile file : files) {
            if (Catalogue.is(file, name)) {
                LocatedDocument document = document(file, problems);
                if (document != null) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    /** One catalogue file read and checked against its schema (codes.yaml against codes.schema.yaml), or null. */
    static LocatedDocument document(TextFile file, List<InputProblem> problems) {
        try {
            LocatedDocument document = new DocumentReader().read(file.path(), file.text());
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            FactsSchema.packagedValidator("facts-schemas/" + name.replace(".yaml", ".schema.yaml"))
                    .requireValid(document);
            return document;
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.getProblems());
            return null;
        }
    }

    private static void unique(LocatedDocument document, String pointer, Set<String> ids, List<InputProblem> problems) {
        String id = document.root().at(pointer + "/id").asText();
        if (!ids.add(id)) {
            problems.add(document.problemAt(pointer + "/id", id + " is used by an earlier entry; ids are unique"));
        }
    }

    private static Optional<Reading> reading(LocatedDocument document, String pointer, ScalarValues values,
            Concepts concepts, List<InputProblem> problems) {
        JsonNode item = document.root().at(pointer);
        Set<ValueKind> takes = kinds(document, pointer + "/value", problems);
        Set<ValueKind> anchor = kinds(document, pointer + "/anchor", problems);
        Pattern pattern = null;
        if (item.has("value-pattern")) {
            try {
                pattern = Pattern.compile(item.get("value-pattern").asText());
            } catch (PatternSyntaxException invalid) {
                problems.add(document.problemAt(pointer + "/value-pattern", "not a valid regular expression: "
                        + invalid.getMessage()));
            }
        }
        List<List<String[]>> cues = new ArrayList<>();
        for (int g = 0; g < item.path("cues").size(); g++) {
            cues.add(concepts.expand(document, pointer + "/cues/" + g, problems));
        }
        int contextFrom = cues.size();
        for (int g = 0; g < item.path("context").size(); g++) {
            cues.add(concepts.expand(document, pointer + "/context/" + g, problems));
        }
        if (cues.isEmpty() && takes.isEmpty()) {
            problems.add(document.problemAt(pointer, "a statement needs cues; only a reading that takes a value "
                    + "may have none"));
        }
        Set<String> bound = new HashSet<>(List.of("value", "valueHost", "valuePort", "valueWithPort", "valueDomain",
                "valueParent", "anchor"));
        List<FactTemplate> facts = templates(document, pointer + "/facts", bound, values, problems);
        Reading.Polarity polarity = Reading.Polarity.valueOf(item.path("polarity").asText("affirmed")
                .toUpperCase(Locale.ROOT));
        return Optional.of(new Reading(item.get("id").asText(), item.get("name").asText(),
                document.lineOf(pointer + "/id"), takes, pattern, item.path("min").asLong(0),
                item.path("max").asLong(Long.MAX_VALUE), anchor, cues,
                concepts.expand(document, pointer + "/unless", problems),
                "clause".equals(item.path("unless-scope").asText("near")), polarity,
                item.path("within").asInt(takes.isEmpty() ? 12 : 6), item.path("penalty").asInt(0),
                "text".equals(item.path("scope").asText("sentence")), facts, contextFrom,
                item.path("context-within").asInt(CONTEXT_WITHIN), item.path("fallback").asBoolean(false)));
    }

    private static Set<ValueKind> kinds(LocatedDocument document, String pointer, List<InputProblem> problems) {
        Set<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
        JsonNode list = document.root().at(pointer);
        for (int i = 0; i < list.size(); i++) {
            Optional<ValueKind> kind = ValueKind.byId(list.get(i).asText());
            if (kind.isPresent()) {
                kinds.add(kind.get());
            } else {
                problems.add(document.problemAt(pointer + "/" + i, "no such kind of value: " + list.get(i).asText()));
            }
        }
        return kinds;
    }

    private static List<String[]> phrases(JsonNode group) {
        List<String[]> phrases = new ArrayList<>();
        group.forEach(phrase -> phrases.add(stemsOf(phrase.asText())));
        return phrases;
    }

    /** The stems of a cue phrase, split as the lexer splits text: "sign-in" is sign, in. */
    static String[] stemsOf(String phrase) {
        List<String> stems = new ArrayList<>();
        for (Token token : Lexer.tokens(NormalisedText.of(phrase))) {
            stems.add(Stems.of(token.text()));
        }
        return stems.toArray(String[]::new);
    }

    private static Optional<KnownMessage> message(LocatedDocument document, String pointer, Set<String> stopWords,
            ScalarValues values, List<InputProblem> problems) {
        JsonNode item = document.root().at(pointer);
        String text = item.get("text").asText();
        Map<String, KnownMessage.Slot> slots = new LinkedHashMap<>();
        item.path("slots").fields().forEachRemaining(slot -> {
            Set<ValueKind> kinds = kinds(document, pointer + "/slots/" + slot.getKey(), problems);
            int at = text.indexOf("{" + slot.getKey() + "}");
            if (at < 0) {
                problems.add(document.problemAt(pointer + "/slots/" + slot.getKey(), "the text has no {"
                        + slot.getKey() + "}"));
                return;
            }
            String[] before = stemsOf(text.substring(Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 2)) + 1), at)
                    .replaceAll("[{}()]", " "));
            slots.put(slot.getKey(), new KnownMessage.Slot(slot.getKey(), kinds,
                    before.length == 0 ? null : before[before.length - 1]));
        });
        String plain = text.replaceAll("\\{[A-Za-z]+}", " ");
        List<Set<String>> sentences = new ArrayList<>();
        JsonNode match = item.path("match");
        List<String> units = new ArrayList<>();
        if (match.isMissingNode()) {
            units.addAll(List.of(plain.split("(?<=[.!?])\\s+")));
        } else {
            match.forEach(unit -> units.add(unit.asText()));
        }
        for (int i = 0; i < units.size(); i++) {
            if (!match.isMissingNode() && !text.contains(units.get(i))) {
                problems.add(document.problemAt(pointer + "/match/" + i, "not a part of the message's text"));
            }
            Set<String> words = new HashSet<>();
            for (String stem : stemsOf(units.get(i).replaceAll("\\{[A-Za-z]+}", " "))) {
                if (!stopWords.contains(stem)) {
                    words.add(stem);
                }
            }
            if (words.size() >= 4) {
                sentences.add(words);
            }
        }
        if (sentences.isEmpty()) {
            problems.add(document.problemAt(pointer + "/text", "no sentence of four or more distinctive words to "
                    + "recognise the message by"));
        }
        Set<String> bound = new HashSet<>(slots.keySet());
        List<FactTemplate> facts = templates(document, pointer + "/facts", bound, values, problems);
        return Optional.of(new KnownMessage(item.get("id").asText(), item.get("name").asText(),
                document.lineOf(pointer + "/id"), text, sentences, slots, facts));
    }

    static long number(String text) {
        return text.regionMatches(true, 0, "0x", 0, 2) ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
    }

    private static List<FactTemplate> templates(LocatedDocument document, String pointer, Set<String> bound,
            ScalarValues values, List<InputProblem> problems) {
        List<FactTemplate> facts = new ArrayList<>();
        JsonNode items = document.root().at(pointer);
        for (int j = 0; j < items.size(); j++) {
            template(document, pointer + "/" + j, values, bound, problems).ifPresent(facts::add);
        }
        return facts;
    }

    private static Optional<FactTemplate> template(LocatedDocument document, String pointer, ScalarValues values,
            Set<String> bound, List<InputProblem> problems) {
        JsonNode node = document.root().at(pointer);
        FactTemplate.Kind kind = null;
        Map<String, ValueTemplate> fields = new LinkedHashMap<>();
        String head = null;
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            Optional<FactTemplate.Kind> named = kindNamed(field.getKey());
            if (named.isPresent()) {
                kind = named.get();
                head = field.getValue().asText();
                continue;
            }
            ValueTemplate template = ValueTemplate.parse(field.getValue().asText());
            for (String name : template.groups()) {
                if (!bound.contains(name)) {
                    problems.add(document.problemAt(pointer + "/" + field.getKey(), "refers to ${" + name
                            + "}, which is not read here; known are " + String.join(", ", bound)));
                }
            }
            fields.put(field.getKey(), template);
        }
        Vocabulary.Entry entry = null;
        if (kind == FactTemplate.Kind.FACT) {
            entry = values.find(head).orElse(null);
            if (entry == null) {
                problems.add(document.problemAt(pointer + "/fact", values.unknownFact(head)));
                return Optional.empty();
            }
        }
        FactTemplate template = new FactTemplate(kind, head, entry, fields, values);
        for (String literalProblem : template.literalProblems()) {
            String field = literalProblem.substring(0, literalProblem.indexOf(':'));
            problems.add(document.problemAt(pointer + "/" + field,
                    literalProblem.substring(literalProblem.indexOf(':') + 2)));
        }
        return Optional.of(template);
    }

    private static Optional<FactTemplate.Kind> kindNamed(String key) {
        for (FactTemplate.Kind kind : FactTemplate.Kind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    List<Reading> readings() {
        return readings;
    }

    Set<String> negators() {
        return negators;
    }

    /** Words that say the value after them is not the case ("not 5060", "instead of 10.0.0.5"). */
    List<String[]> denials() {
        return denials;
    }

    /** Idioms whose negation word affirms ("no problem", "without issues"). */
    List<String[]> affirming() {
        return affirming;
    }

    /**
     * The settings (vocabulary ids) of which a text's first mention holds over its later ones, each with the name of
     * its group: the settings of one group are one thing said (what the user types: an address, or a logon name).
     */
    Map<String, String> firstMentionWins() {
        return firstMentionWins;
    }

    /** An abbreviation's stem and the stem of the one word it stands for ("addr": "address"). */
    /** The translation lexicon: foreign words and phrases and the catalogues' English words they stand for. */
    Lexicon lexicon() {
        return lexicon;
    }

    Map<String, String> abbreviations() {
        return abbreviations;
    }

    private static Map<String, String> abbreviations(LocatedDocument document, List<InputProblem> problems) {
        Map<String, String> abbreviations = new HashMap<>();
        document.root().path("abbreviations").fields().forEachRemaining(entry -> {
            String[] word = stemsOf(entry.getValue().asText());
            String[] abbreviation = stemsOf(entry.getKey());
            if (word.length != 1 || abbreviation.length != 1) {
                problems.add(document.problemAt("/abbreviations/" + entry.getKey(), "an abbreviation stands for one "
                        + "word here, and is one word itself: " + entry.getKey() + ": " + entry.getValue().asText()));
            } else {
                abbreviations.put(abbreviation[0], word[0]);
            }
        });
        return abbreviations;
    }

    /** The first-mention-wins settings of one reading file and their groups, each checked against the vocabulary. */
    private static Map<String, String> firstMentionWins(LocatedDocument document, ScalarValues values,
            List<InputProblem> problems) {
        Map<String, String> settings = new HashMap<>();
        JsonNode list = document.root().path("first-mention-wins");
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            int size = item.isArray() ? item.size() : 1;
            String name = item.isArray() ? item.get(0).asText() : item.asText();
            for (int j = 0; j < size; j++) {
                String id = item.isArray() ? item.get(j).asText() : item.asText();
                String pointer = "/first-mention-wins/" + i + (item.isArray() ? "/" + j : "");
                if (values.find(id).isPresent()) {
                    settings.put(id, name);
                } else {
                    problems.add(document.problemAt(pointer, values.unknownFact(id)));
                }
            }
        }
        return settings;
    }

    /** Phrases after which a clause says what should be rather than what is. */
    List<String[]> irrealis() {
        return irrealis;
    }

    /** The words that say how far a negation or a question reaches. */
    ScopeWords scopeWords() {
        return scopeWords;
    }

    /** The first labels that make a host name read as a word ("lyncdiscover"). */
    HostLabels hostLabels() {
        return hostLabels;
    }

    /** The things a name's possessive before them makes another's ("Karen's computer"). */
    Possessions possessions() {
        return possessions;
    }

    /** The words that open a trial the writer reports ("if I log on to the spare computer, it works"). */
    Trials trials() {
        return trials;
    }

    /** The contracted forms a cue's opening "not" is also read as ("isn't available"). */
    Contractions contractions() {
        return contractions;
    }

    List<KnownMessage> messages() {
        return messages;
    }

    Set<String> messageStopWords() {
        return messageStopWords;
    }

    double similarity() {
        return similarity;
    }

    List<ErrorCode> codes() {
        return codes;
    }
}
