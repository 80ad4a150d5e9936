package io.signindoctor.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The constants the build generates from a facts schema: a new entry is there with no Java edit, names become Java
 * names the way the schema spells them, and a schema whose names would clash in Java fails the build instead of
 * compiling into something that names the wrong value.
 */
class SchemaConstantsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void aNewEnumeratedEntryBecomesAConstantForItsNameAndOneForEachValue() throws IOException {
        String schema = """
                properties:
                  server:
                    type: object
                    properties:
                      product:
                        enum: [ocs-2007-r2, lync-2013, sfb-2019]
                      fqdn: {$ref: "#/$defs/dnsName"}
                $defs:
                  dnsName: {type: string, format: dns-name, description: a DNS name}
                """;

        String java = new SchemaConstants(YAML.readTree(schema)).source("facts.schema.yaml");

        assertThat(java).contains("public static final String SERVER = \"server\";",
                "public static final class Server {", "public static final String PRODUCT = \"product\";",
                "public static final class Product {", "public static final String OCS_2007_R2 = \"ocs-2007-r2\";",
                "public static final String LYNC_2013 = \"lync-2013\";", "/** a DNS name */",
                "public static final String FQDN = \"fqdn\";");
        assertThat(java).doesNotContain("class Fqdn");
    }

    @Test
    void listItemsGiveTheirFieldsIncludingThoseOnlySomeKindsHaveAndDefaultsBecomeConstants() throws IOException {
        String schema = """
                properties:
                  events:
                    type: array
                    items: {$ref: "#/$defs/event"}
                $defs:
                  event:
                    properties:
                      kind: {enum: [connect-failure, error]}
                      result: {enum: [found, nxdomain], default: found}
                    allOf:
                      - if: {properties: {kind: {const: error}}}
                        then:
                          properties:
                            kind: true
                            code-type: {enum: [hresult, event-id]}
                """;

        String java = new SchemaConstants(YAML.readTree(schema)).source("facts.schema.yaml");

        assertThat(java).contains("public static final class Events {", "public static final String KIND = \"kind\";",
                "public static final String CODE_TYPE = \"code-type\";", "public static final class CodeType {",
                "public static final String EVENT_ID = \"event-id\";",
                "public static final String DEFAULT = \"found\";");
    }

    @Test
    void theGroupsAreTheTopLevelObjectsWhoseFactClassIsOne() throws IOException {
        String schema = """
                properties:
                  case: {type: string}
                  account:
                    type: object
                    x-fact: Account
                    properties:
                      enabled: {type: boolean}
                  phone:
                    type: object
                    x-fact: PhoneSetting
                    properties:
                      pin: {type: string}
                  events:
                    type: array
                    items: {type: object, x-fact: ClientEvent, properties: {kind: {enum: [error]}}}
                  policies:
                    type: object
                    x-fact: [PolicyValue, EffectivePolicy]
                    properties:
                      EnableStrictDNSNaming: {enum: ["0", "1"]}
                """;

        String java = new SchemaConstants(YAML.readTree(schema)).source("facts.schema.yaml");

        assertThat(java).contains("public static final java.util.List<String> GROUPS = java.util.List.of(ACCOUNT, "
                + "PHONE);");
    }

    @Test
    void javaNamesFollowTheWordsOfTheSchemasNames() {
        assertThat(SchemaConstants.constantName("NtlmMinClientSec")).isEqualTo("NTLM_MIN_CLIENT_SEC");
        assertThat(SchemaConstants.constantName("EnableStrictDNSNaming")).isEqualTo("ENABLE_STRICT_DNS_NAMING");
        assertThat(SchemaConstants.constantName("sfb-2015")).isEqualTo("SFB_2015");
        assertThat(SchemaConstants.constantName("2fa")).isEqualTo("_2FA");
        assertThat(SchemaConstants.className("EnableStrictDNSNaming")).isEqualTo("EnableStrictDnsNaming");
        assertThat(SchemaConstants.className("code-type")).isEqualTo("CodeType");
    }

    @Test
    void twoValuesThatWouldBeOneJavaNameAreRefused() throws IOException {
        JsonNode schema = YAML.readTree("""
                properties:
                  client:
                    properties:
                      transport: {enum: [tls, TLS]}
                """);

        assertThatThrownBy(() -> new SchemaConstants(schema).source("facts.schema.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two names become the Java constant TLS");
    }

    @Test
    void theBuiltInSchemaGeneratesTheClassTheToolIsCompiledWith() throws IOException {
        String java = new SchemaConstants(YAML.readTree(Path.of("facts-schemas/facts.schema.yaml").toFile()))
                .source("facts-schemas/facts.schema.yaml");

        assertThat(Path.of("target/generated-sources/schema/io/signindoctor/vocabulary/Schema.java"))
                .hasContent(java);
        assertThat(Files.readString(Path.of("pom.xml"))).contains("SchemaConstants.java");
    }
}
