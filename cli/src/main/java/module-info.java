/** The {@code lede} command: a client of lede-core's API alone. */
module dev.lede.cli {
    requires dev.lede.core;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires java.logging;

    // picocli sets the commands' options by reflection.
    opens dev.lede.cli to info.picocli;
}
