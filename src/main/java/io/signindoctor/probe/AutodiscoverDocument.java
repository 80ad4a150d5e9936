package io.signindoctor.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.model.AutodiscoverAnswer.Link;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The links of an Autodiscover answer, in either of its forms: JSON, whose {@code _links} object names each link by
 * its relation ({@code "user": {"href": ...}}), or XML, where MS-OCDISCWS answers carry {@code Link} elements with
 * {@code token} and {@code href} attributes under {@code Root} and UCWA-style documents {@code link} elements with
 * {@code rel}. A body that is neither is reported as such, never guessed at.
 */
record AutodiscoverDocument(String kind, List<Link> links) {

    static final String JSON = "json";
    static final String XML = "xml";
    static final String OTHER = "other";
    static final String NONE = "none";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static AutodiscoverDocument read(String contentType, byte[] body) {
        if (body.length == 0) {
            return new AutodiscoverDocument(NONE, List.of());
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (type.contains("json") || text.startsWith("{")) {
            return json(text);
        }
        if (type.contains("xml") || text.startsWith("<?xml") || text.startsWith("<AutodiscoverResponse")) {
            return xml(body);
        }
        return new AutodiscoverDocument(OTHER, List.of());
    }

    private static AutodiscoverDocument json(String text) {
        try {
            JsonNode links = MAPPER.readTree(text).path("_links");
            List<Link> found = new ArrayList<>();
            links.fields().forEachRemaining(field -> {
                List<JsonNode> targets = new ArrayList<>();
                if (field.getValue().isArray()) {
                    field.getValue().forEach(targets::add);
                } else {
                    targets.add(field.getValue());
                }
                targets.stream().filter(target -> target.path("href").isTextual())
                        .forEach(target -> found.add(new Link(field.getKey(), target.get("href").asText())));
            });
            return new AutodiscoverDocument(links.isObject() ? JSON : OTHER, found);
        } catch (JsonProcessingException notJson) {
            return new AutodiscoverDocument(OTHER, List.of());
        }
    }

    private static AutodiscoverDocument xml(byte[] body) {
        try {
            Document document = parser().parse(new ByteArrayInputStream(body));
            List<Link> found = new ArrayList<>();
            NodeList elements = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
                if (!name.equalsIgnoreCase("link") || !element.hasAttribute("href")) {
                    continue;
                }
                String token = element.hasAttribute("token") ? element.getAttribute("token")
                        : element.getAttribute("rel");
                if (!token.isEmpty()) {
                    found.add(new Link(token, element.getAttribute("href")));
                }
            }
            return new AutodiscoverDocument(XML, found);
        } catch (SAXException | IOException notXml) {
            return new AutodiscoverDocument(OTHER, List.of());
        }
    }

    /** A parser that refuses document types, so a hostile answer cannot expand entities or fetch anything. */
    private static DocumentBuilder parser() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder;
        } catch (ParserConfigurationException unavailable) {
            throw new IOException("no XML parser: " + unavailable.getMessage(), unavailable);
        }
    }
}
