package cn.tjlib.warehouse.harvest.client;

import java.net.URI;

/** The server sent an HTML page (an error, login or maintenance page) instead of OAI-PMH XML. */
public final class NotXmlFailure extends HarvestFailure {
    public NotXmlFailure(URI url, String contentType, String title) {
        super(url, "expected OAI-PMH XML from " + url + " but got an HTML page (Content-Type "
                + (contentType == null ? "not given" : contentType) + (title == null ? "" : ", title '" + title + "'") + ")", null);
    }
}
