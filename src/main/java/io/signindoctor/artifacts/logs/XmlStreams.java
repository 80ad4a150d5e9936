package io.signindoctor.artifacts.logs;

import java.io.StringReader;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way the log layouts open XML: an exported file comes from a customer's machine, so the parser neither reads
 * a DTD nor fetches external entities, and it joins a text split by entities into one, as the readers expect.
 */
final class XmlStreams {

    private static final XMLInputFactory FACTORY = factory();

    private XmlStreams() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    static XMLStreamReader open(String xml) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new StringReader(xml));
    }

    static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // closing a reader over a string cannot fail in a way that matters: the events are already read
        }
    }
}
