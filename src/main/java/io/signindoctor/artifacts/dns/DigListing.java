package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.util.Locale;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * dig output, one or more runs: each run's header gives its status (NOERROR, NXDOMAIN, SERVFAIL), its QUESTION
 * SECTION the name and type asked, and its answer lines the records ("name TTL IN TYPE data"). A run with no
 * answer for its question states the absence its status names; a run cut to its answer lines (+noall +answer)
 * states only those lines. A +short run is read from its command line (the shell prompt and "dig +short TYPE
 * NAME" pasted above it): its lines are the data alone, and a run that printed nothing found no record of the type
 * (+short prints nothing both for a name that does not exist and for one without that type; both mean no record).
 */
final class DigListing implements ListingLayout {

    private static final Pattern RUN_START = Pattern.compile("^; <<>> DiG \\S+ <<>>(.*)$");
    private static final Pattern HEADER = Pattern.compile("^;; ->>HEADER<<- opcode: \\S+, status: (\\w+)");
    private static final Pattern SECTION = Pattern.compile("^;; (QUESTION|ANSWER|AUTHORITY|ADDITIONAL) SECTION:");
    private static final Pattern QUESTION = Pattern.compile("^;(\\S+)\\s+(?:IN\\s+)?([A-Za-z0-9]+)\\s*$");
    private static final Pattern RECORD = Pattern.compile("^(\\S+)\\s+(\\d+)\\s+(?:IN\\s+)?([A-Z0-9]+)\\s+(.+?)\\s*$");
    private static final Pattern RUN_END = Pattern.compile("^;; MSG SIZE");
    private static final Pattern TIMED_OUT = Pattern.compile("(?i)^;; connection timed out");
    private static final Pattern COMMAND = Pattern.compile("(?i)^(?:[^;]*[$#>%]\\s*)?dig\\s+(\\S.*)$");

    /** The run being read. */
    private static final class Run {
        int line;
        String status;
        String name;
        String type;
        boolean answered;
        boolean timedOut;
        /** A run with +short: its answers are the data alone, one a line; nothing printed means no record. */
        boolean terse;
        /** Where a +short run's next line of data belongs: the name asked, or the alias it led to. */
        String current;
    }

    @Override
    public Listed read(ExportedText text, String origin, Consumer<String> notes) {
        Listed listed = new Listed();
        Run run = new Run();
        String section = null;
        for (int number = 1; number <= text.lines().size(); number++) {
            String line = text.line(number);
            Source source = Source.file(text.file(), number);
            Matcher header = HEADER.matcher(line);
            Matcher sectionStart = SECTION.matcher(line);
            Matcher question = QUESTION.matcher(line);
            Matcher record = RECORD.matcher(line);
            Matcher runStart = RUN_START.matcher(line);
            Matcher command = COMMAND.matcher(line);
            if (command.matches()) {
                finish(run, listed, text.file());
                run = new Run();
                run.line = number;
                asked(command.group(1), run);
                run.terse = command.group(1).toLowerCase(Locale.ROOT).contains("+short");
                run.current = run.name;
                section = null;
                continue;
            }
            if (run.terse && !line.isBlank() && !line.startsWith(";")) {
                terse(line.trim(), source, run, listed, notes);
                continue;
            }
            boolean starts = runStart.matches();
            boolean hasHeader = header.find();
            if (starts || hasHeader && run.status != null) {
                finish(run, listed, text.file());
                run = new Run();
                run.line = number;
                section = null;
                if (starts) {
                    asked(runStart.group(1), run);
                }
            }
            if (RUN_END.matcher(line).find()) {
                finish(run, listed, text.file());
                run = new Run();
                section = null;
            } else if (line.isBlank()) {
                section = null;
            } else if (hasHeader) {
                run.status = header.group(1).toUpperCase(Locale.ROOT);
                run.line = number;
            } else if (sectionStart.find()) {
                section = sectionStart.group(1);
            } else if (TIMED_OUT.matcher(line).find()) {
                run.timedOut = true;
            } else if ("QUESTION".equals(section) && question.matches()) {
                run.name = question.group(1);
                run.type = question.group(2).toUpperCase(Locale.ROOT);
            } else if (!line.startsWith(";") && record.matches() && !"AUTHORITY".equals(section)) {
                DnsRecord answer = Rdata.record(record.group(1), record.group(3), record.group(4), source, notes);
                if (answer != null) {
                    listed.add(answer);
                    run.answered |= run.name != null && Names.normalise(run.name).equals(answer.getName());
                }
            }
        }
        finish(run, listed, text.file());
        return listed;
    }

    /** The name and type a run asked for, from its command as dig echoes it; its QUESTION SECTION may correct them. */
    private static void asked(String arguments, Run run) {
        run.type = Schema.Dns.Type.A;
        for (String word : arguments.trim().split("\\s+")) {
            String upper = word.toUpperCase(Locale.ROOT);
            if (Rdata.DISCOVERY_TYPES.contains(upper) || upper.equals("ANY") || upper.equals("SOA")) {
                run.type = upper;
            } else if (!word.isEmpty() && !word.startsWith("+") && !word.startsWith("@") && !word.startsWith("-")
                    && !upper.equals("IN")) {
                run.name = word;
            }
        }
    }

    /**
     * A line of +short output: an address, an SRV's data, or, for an address lookup, the name an alias leads to
     * (dig prints the chain before the addresses).
     */
    private static void terse(String data, Source source, Run run, Listed listed, Consumer<String> notes) {
        if (run.current == null || run.type == null) {
            return;
        }
        String type = Rdata.isAddress(data) ? Rdata.addressType(data)
                : !run.type.equals(Schema.Dns.Type.SRV) && Rdata.isName(data) ? Schema.Dns.Type.CNAME : run.type;
        DnsRecord answer = Rdata.record(run.current, type, data, source, notes);
        if (answer != null) {
            listed.add(answer);
            run.answered = true;
            run.current = type.equals(Schema.Dns.Type.CNAME) ? data : run.current;
        }
    }

    private static void finish(Run run, Listed listed, String file) {
        if (run.name == null || run.answered || run.type == null || !Rdata.DISCOVERY_TYPES.contains(run.type)) {
            return;
        }
        if (run.terse && Rdata.isName(run.name)) {
            listed.add(new DnsRecord(run.name, run.type, run.timedOut ? Schema.Dns.Result.TIMEOUT
                    : Schema.Dns.Result.NO_DATA, null, null, null, Source.file(file, run.line)));
            return;
        }
        String result = run.timedOut ? Schema.Dns.Result.TIMEOUT : run.status == null ? null : switch (run.status) {
            case "NXDOMAIN" -> Schema.Dns.Result.NXDOMAIN;
            case "NOERROR" -> Schema.Dns.Result.NO_DATA;
            case "SERVFAIL" -> Schema.Dns.Result.SERVFAIL;
            default -> null;
        };
        if (result != null) {
            listed.add(new DnsRecord(run.name, run.type, result, null, null, null, Source.file(file, run.line)));
        }
    }
}
