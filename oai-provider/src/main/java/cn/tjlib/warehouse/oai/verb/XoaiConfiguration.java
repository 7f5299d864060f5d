package cn.tjlib.warehouse.oai.verb;

import cn.tjlib.warehouse.oai.OaiSettings;
import cn.tjlib.warehouse.oai.record.OaiIdentifier;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;

import java.time.Instant;

/** The XOAI repository configuration the settings describe. */
final class XoaiConfiguration {
    private XoaiConfiguration() {
    }

    /**
     * NOTE: the granularity is Lenient so that from/until may be given as days too, which OAI-PMH
     * requires of every repository; Identify still announces seconds. XOAI's Lenient pushes every
     * until to the end of its day, so {@link ListRequests} reads until from the raw argument instead.
     */
    static RepositoryConfiguration of(OaiSettings settings, Instant earliestDatestamp) {
        return new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName(settings.repositoryName())
                .withBaseUrl(settings.baseUrl().toString())
                .withAdminEmail(settings.adminEmail())
                .withEarliestDate(earliestDatestamp)
                .withDeleteMethod(DeletedRecord.PERSISTENT)
                .withGranularity(Granularity.Lenient)
                .withMaxListIdentifiers(settings.pageSize())
                .withMaxListRecords(settings.pageSize())
                .withMaxListSets(1000)
                .withDescription(oaiIdentifier(settings.repositoryIdentifier()))
                .build();
    }

    private static String oaiIdentifier(String repositoryIdentifier) {
        String ns = "http://www.openarchives.org/OAI/2.0/oai-identifier";
        return "<oai-identifier xmlns=\"" + ns + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"" + ns + " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd\">"
                + "<scheme>oai</scheme>"
                + "<repositoryIdentifier>" + repositoryIdentifier + "</repositoryIdentifier>"
                + "<delimiter>:</delimiter>"
                + "<sampleIdentifier>" + new OaiIdentifier(repositoryIdentifier, 1) + "</sampleIdentifier>"
                + "</oai-identifier>";
    }
}
