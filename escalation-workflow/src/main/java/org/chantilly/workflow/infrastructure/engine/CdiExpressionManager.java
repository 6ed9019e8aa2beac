package org.chantilly.workflow.infrastructure.engine;

import jakarta.enterprise.inject.spi.BeanManager;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The engine's expression language, extended so that {@code ${name}} also finds a {@code @Named} CDI bean:
 * models bind delegates with {@code camunda:delegateExpression="${beanName}"}. Process variables come first.
 */
class CdiExpressionManager extends JuelExpressionManager {

    private final BeanManager beanManager;

    CdiExpressionManager(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(super.createElResolver());
        resolver.add(new CdiBeanElResolver(beanManager));
        return resolver;
    }
}
