package cn.tjlib.warehouse.oai.verb;

import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.oai.record.CatalogueSets;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.SetRepository;

import java.util.List;

/** The set hierarchy for XOAI's ListSets. */
final class CatalogueSetRepository implements SetRepository {
    private final JdbcUnifiedCatalogue catalogue;
    private final CatalogueSets sets;

    CatalogueSetRepository(JdbcUnifiedCatalogue catalogue, CatalogueSets sets) {
        this.catalogue = catalogue;
        this.sets = sets;
    }

    @Override
    public boolean supportSets() {
        return true;
    }

    @Override
    public List<Set> getSets() {
        return sets.all(catalogue.libraries());
    }

    @Override
    public boolean exists(String setSpec) {
        return sets.select(setSpec, catalogue.libraries()).isPresent();
    }
}
