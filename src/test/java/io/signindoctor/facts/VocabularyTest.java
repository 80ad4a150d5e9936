package io.signindoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.build.SchemaConstants;
import io.signindoctor.model.Fact;
import io.signindoctor.model.NamedValue;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's names for facts agree with the schema's: each group becomes the class its x-fact names, and the
 * constants the build generates from the schema (io.signindoctor.vocabulary.Schema) name exactly what the vocabulary
 * read at run time allows, so the two readings of the schema cannot drift apart.
 */
class VocabularyTest {

    private static final Vocabulary VOCABULARY = FactsSchema.builtIn().vocabulary();

    @Test
    void eachGroupBecomesTheFactClassItsSchemaEntryNames() {
        for (String group : Vocabulary.GROUPS) {
            Fact fact = FactsMapper.scalar(group, "x", "y", Source.answer("test"));
            assertThat(VOCABULARY.sectionOf(fact.getClass().getSimpleName())).contains(group);
            assertThat(((NamedValue) fact).getGroup()).isEqualTo(group);
        }
    }

    @Test
    void everyValueTheGeneratedConstantsNameIsOneTheVocabularyAllows() {
        allowed(Schema.EVENTS, Schema.Events.KIND, Schema.Events.Kind.class);
        allowed(Schema.EVENTS, Schema.Events.CODE_TYPE, Schema.Events.CodeType.class);
        allowed(Schema.DNS, Schema.Dns.TYPE, Schema.Dns.Type.class);
        allowed(Schema.DNS, Schema.Dns.RESULT, Schema.Dns.Result.class);
        allowed(Schema.REGISTRY, Schema.Registry.MACHINE, Schema.Registry.Machine.class);
        allowed(Schema.REGISTRY, Schema.Registry.NAME, Schema.Registry.Name.class);
        allowed(Schema.POLICIES, Vocabulary.POLICY_SCOPE, Schema.Policies.EnableStrictDnsNaming.class);
        allowed(Schema.POLICIES, Vocabulary.POLICY_VALUE, Schema.Policies.EnableStrictDnsNaming.Computer.class);
        for (Vocabulary.Entry entry : VOCABULARY.entries()) {
            Class<?> group = nested(Schema.class, entry.group());
            assertThat(constants(group)).as(entry.group()).contains(entry.name());
            if (!entry.choices().isEmpty()) {
                assertThat(constants(nested(group, entry.name()))).as(entry.id())
                        .containsExactlyInAnyOrderElementsOf(entry.choices());
            }
        }
    }

    @Test
    void listFactsKnowTheirFieldsAndWhatEachEventKindRequires() {
        assertThat(VOCABULARY.fields("events")).contains("kind", "server", "port", "code", "code-type", "path");
        assertThat(VOCABULARY.requiredEventFields(Schema.Events.Kind.CONNECT_FAILURE))
                .containsExactly(Schema.Events.SERVER, Schema.Events.PORT, Schema.Events.CODE);
        assertThat(VOCABULARY.field("policies", "name").orElseThrow().choices()).containsExactly("EnableStrictDNSNaming");
        assertThat(VOCABULARY.sectionOf("EffectivePolicy")).contains("policies");
    }

    /** Every constant of a generated class of values is a value the vocabulary's checker keeps as it is. */
    private static void allowed(String section, String field, Class<?> values) {
        ValueSpec spec = VOCABULARY.field(section, field).orElseThrow();
        assertThat(constants(values)).isNotEmpty().allSatisfy(value -> assertThat(
                ValueChecker.check(spec, value).value()).as(section + "." + field).isEqualTo(value));
    }

    /** The generated class for a schema property, found by the name the generator gives it. */
    private static Class<?> nested(Class<?> outer, String property) {
        String name = SchemaConstants.className(property);
        return Arrays.stream(outer.getClasses()).filter(type -> type.getSimpleName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(outer.getSimpleName() + " has no class for " + property));
    }

    private static List<String> constants(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("DEFAULT")) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return values;
    }
}
