# Part of the English catalogue while messages move into it (joined into downbeat.ftl at the end).
