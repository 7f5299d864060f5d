package cn.tjlib.warehouse.app.security;

/** What a console user may do. */
public enum Role {
    /** The network's technical staff: every page and action. */
    ADMIN,
    /** A member library's cataloguer: only their own library's pages (its validation report). */
    LIBRARY;

    /** The Spring Security authority of the role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The authority that grants a LIBRARY user their own library's pages. */
    public static String libraryAuthority(String libraryCode) {
        return "LIBRARY_" + libraryCode;
    }
}
