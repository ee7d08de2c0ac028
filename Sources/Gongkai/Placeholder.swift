public enum GongkaiPlaceholder {}
