package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ModuleSchemaTest {

    @Test
    void derivesLocationAndHistoryTableFromTheModuleName() {
        ModuleSchema schema = new ModuleSchema("intake");
        assertThat(schema.location()).isEqualTo("classpath:db/migration/intake/common");
        assertThat(schema.vendorLocation("postgresql")).isEqualTo("classpath:db/migration/intake/postgresql");
        assertThat(schema.historyTable()).isEqualTo("schema_history_intake");
    }

    @Test
    void refusesNamesThatCouldEscapeTheTableName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ModuleSchema("intake; drop table x"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ModuleSchema("Intake"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ModuleSchema("x"));
    }
}
