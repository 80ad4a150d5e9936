package io.signindoctor.authoring;

import io.signindoctor.cases.CaseResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Case results in the JUnit XML format CI servers read: one test suite per case file, one test case per case. It is
 * written beside the target and renamed into place, so a CI server never reads half a report.
 */
public final class JunitXmlReport {

    public void write(List<CaseResult> results, Path target) throws IOException {
        Map<String, List<CaseResult>> byFile = new LinkedHashMap<>();
        results.forEach(result -> byFile.computeIfAbsent(result.ruleCase().file(), file -> new java.util.ArrayList<>())
                .add(result));
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, target.getFileName().toString(), ".partial");
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            for (Map.Entry<String, List<CaseResult>> file : byFile.entrySet()) {
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", file.getKey());
                xml.writeAttribute("tests", Integer.toString(file.getValue().size()));
                xml.writeAttribute("failures",
                        Long.toString(file.getValue().stream().filter(result -> !result.passed()).count()));
                for (CaseResult result : file.getValue()) {
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", file.getKey());
                    xml.writeAttribute("name", result.ruleCase().name());
                    if (!result.passed()) {
                        xml.writeStartElement("failure");
                        xml.writeAttribute("message", result.failures().get(0));
                        xml.writeCharacters(String.join("\n", result.failures()));
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            Files.deleteIfExists(partial);
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
