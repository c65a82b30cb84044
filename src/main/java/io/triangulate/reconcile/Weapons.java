package io.triangulate.reconcile;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A small weapon taxonomy across languages: every weapon phrase maps to a category ("rocket",
 * "mortar shell", "firearm"…) and keeps its specific name ("Katyusha rocket"). Two weapons agree when
 * their categories are the same or one is generic ("projectile"); "rocket" and "mortar shell" conflict.
 */
final class Weapons {
    /** A weapon as compared: its category, the most specific name given, and whether the category is generic. */
    record Weapon(String category, String name, boolean generic) {}

    private record Entry(String category, Pattern pattern, boolean generic) {}

    private static final List<Entry> ENTRIES = List.of(
            entry("mortar shell", "mortar|mortier|mortero|mörser|mortaio|mortai|mortiergranaat|هاون", false),
            entry("rocket", "rocket|katyusha|roquette|cohete|rakete|razz[oi]|raket|صاروخ|صواريخ|صاروخي|كاتيوشا", false),
            entry("missile", "missile|misil|flugkörper|ballistic", false),
            entry("drone", "drone|dron|drohne|طائرة مسيرة", false),
            entry("artillery shell", "artillery|shell|obus|proyectil de artillería|granate|قذيفة مدفعية", false),
            entry("grenade", "grenade|granada|handgranate|قنبلة يدوية", false),
            entry("explosive device", "ied|bomb|explosive|car bomb|bombe|bomba|sprengsatz|ordigno|عبوة ناسفة|مفخخة", false),
            entry("firearm", "gun|firearm|rifle|pistol|handgun|shotgun|revolver|ak-47|ar-15|fusil|arma de fuego|pistola|waffe|gewehr|pistole|fucile|vuurwapen|مسدس|بندقية", false),
            entry("knife", "knife|knives|blade|couteau|cuchillo|messer|coltello|mes|سكين", false),
            entry("vehicle", "vehicle|car|truck|véhicule|camion|vehículo|fahrzeug|lkw", false),
            entry("projectile", "projectile|projectil|geschoss|proiettile|قذيفة|قذائف", true));

    private static Entry entry(String category, String regex, boolean generic) {
        return new Entry(category, Pattern.compile("(?iu)(?<![\\p{L}])(?:" + regex + ")"), generic);
    }

    private Weapons() {}

    static Weapon of(String object) {
        String o = object.strip();
        for (Entry e : ENTRIES) {
            if (e.pattern.matcher(o).find()) {
                String name = o.matches("(?s).*\\p{IsLatin}.*") ? o : e.category;
                if (name.toLowerCase(Locale.ROOT).contains("katyusha") || o.contains("كاتيوشا")) name = "Katyusha rocket";
                return new Weapon(e.category, name, e.generic);
            }
        }
        return new Weapon(o.toLowerCase(Locale.ROOT), o, false);
    }

    static boolean compatible(Weapon a, Weapon b) {
        return a.category.equals(b.category) || a.generic || b.generic;
    }

    /** How specific a name is: a named model beats a category, a category beats a generic word. */
    static int specificity(Weapon w) {
        if (w.generic) return 0;
        return w.name.equalsIgnoreCase(w.category) ? 1 : 2;
    }
}
