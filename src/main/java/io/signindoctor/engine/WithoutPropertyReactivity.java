package io.signindoctor.engine;

import org.kie.api.conf.ConfigurationKey;
import org.kie.api.conf.OptionKey;
import org.kie.api.conf.OptionsConfiguration;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.conf.KnowledgeBuilderOption;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.builder.conf.SingleValueKieBuilderOption;

/**
 * The one builder setting a network of executable-model rules reads, property reactivity, turned off. Drools' own
 * builder configuration would do the same, but it sets up the DRL compilers on the way (a few hundred classes, some
 * from a signed jar no class-data-sharing archive holds), which costs a one-shot diagnosis more than it saves. Any
 * other setting asked for is refused loudly, so a Drools version that reads more fails the tests instead of guessing.
 */
final class WithoutPropertyReactivity implements KnowledgeBuilderConfiguration {

    @Override
    @SuppressWarnings("unchecked")
    public <C extends SingleValueKieBuilderOption> C getOption(OptionKey<C> key) {
        if (key.equals(PropertySpecificOption.KEY)) {
            return (C) PropertySpecificOption.DISABLED;
        }
        throw refused(key.name());
    }

    @Override
    public <C extends KnowledgeBuilderOption> void setOption(C option) {
        throw refused(option.getPropertyName());
    }

    @Override
    public void makeImmutable() {
    }

    @Override
    public ClassLoader getClassLoader() {
        return WithoutPropertyReactivity.class.getClassLoader();
    }

    @Override
    public <X extends OptionsConfiguration<KnowledgeBuilderOption, SingleValueKieBuilderOption,
            org.kie.internal.builder.conf.MultiValueKieBuilderOption>> X as(ConfigurationKey<X> key) {
        throw refused(key.toString());
    }

    @Override
    public boolean setProperty(String name, String value) {
        throw refused(name);
    }

    @Override
    public String getProperty(String name) {
        throw refused(name);
    }

    private static UnsupportedOperationException refused(String setting) {
        return new UnsupportedOperationException("the rule network of one case sets only property reactivity, "
                + "not " + setting);
    }
}
