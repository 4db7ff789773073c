package io.openshop.tools;

import java.util.List;

/**
 * The words generated products are made of: one list of adjectives for all, and per
 * subcategory its materials and nouns, so that a "Cast Iron Dutch Oven" lands in cookware and
 * never in footwear. Subcategories carry a weight so that their sizes differ as in a real shop.
 */
final class WordLists {

    private WordLists() {
    }

    /** A subcategory of the generated tree: slug {@code generated-<word>}, its display name, relative size, words. */
    record CategorySpec(String word, String name, int weight, List<String> materials, List<String> nouns) {

        String slug() {
            return TOP_SLUG + "-" + word;
        }
    }

    static final String TOP_SLUG = "generated";
    static final String TOP_NAME = "Generated catalog";
    static final String TOP_DESCRIPTION = "Products made by the catalog generator for load and search tests.";

    static final List<String> ADJECTIVES = List.of(
            "Rugged", "Classic", "Lightweight", "Compact", "Essential", "Premium", "Everyday", "Vintage",
            "Modern", "Minimalist", "Heritage", "Urban", "Alpine", "Coastal", "Nordic", "Insulated",
            "Waterproof", "Foldable", "Ergonomic", "Handcrafted", "Slim", "Oversized", "Heavy-Duty",
            "Travel", "Soft", "Durable", "Weekend", "Studio", "Organic", "Recycled");

    static final List<CategorySpec> CATEGORIES = List.of(
            new CategorySpec("bags", "Bags", 7,
                    List.of("Canvas", "Nylon", "Leather", "Ripstop", "Waxed Cotton", "Recycled Polyester"),
                    List.of("Backpack", "Duffel Bag", "Messenger Bag", "Tote Bag", "Daypack", "Hip Pack", "Laptop Sleeve")),
            new CategorySpec("footwear", "Footwear", 9,
                    List.of("Suede", "Leather", "Mesh", "Knit", "Rubber", "Cork"),
                    List.of("Sneakers", "Hiking Boots", "Trail Runners", "Loafers", "Sandals", "Chelsea Boots", "Slippers")),
            new CategorySpec("jackets", "Jackets", 6,
                    List.of("Nylon", "Down", "Fleece", "Waxed Cotton", "Wool", "Gore-Tex"),
                    List.of("Rain Jacket", "Parka", "Softshell Jacket", "Windbreaker", "Bomber Jacket", "Field Jacket")),
            new CategorySpec("shirts", "Shirts", 10,
                    List.of("Cotton", "Linen", "Organic Cotton", "Merino", "Bamboo", "Jersey"),
                    List.of("T-Shirt", "Polo Shirt", "Oxford Shirt", "Henley", "Flannel Shirt", "Tank Top")),
            new CategorySpec("trousers", "Trousers", 8,
                    List.of("Denim", "Twill", "Corduroy", "Stretch Cotton", "Nylon"),
                    List.of("Chinos", "Jeans", "Cargo Pants", "Joggers", "Hiking Trousers", "Shorts")),
            new CategorySpec("knitwear", "Knitwear", 5,
                    List.of("Merino", "Cashmere", "Lambswool", "Alpaca", "Cotton"),
                    List.of("Sweater", "Cardigan", "Hoodie", "Turtleneck", "Knit Vest")),
            new CategorySpec("headwear", "Headwear", 3,
                    List.of("Wool", "Cotton", "Straw", "Fleece", "Nylon"),
                    List.of("Cap", "Beanie", "Sun Hat", "Bucket Hat", "Headband")),
            new CategorySpec("accessories", "Accessories", 4,
                    List.of("Leather", "Wool", "Cashmere", "Canvas", "Acetate"),
                    List.of("Gloves", "Scarf", "Belt", "Wallet", "Sunglasses")),
            new CategorySpec("kitchen", "Kitchen tools", 6,
                    List.of("Bamboo", "Stainless Steel", "Walnut", "Silicone", "Ceramic"),
                    List.of("Chef's Knife", "Cutting Board", "Mixing Bowl", "Spatula", "Measuring Cups", "Colander")),
            new CategorySpec("cookware", "Cookware", 4,
                    List.of("Cast Iron", "Stainless Steel", "Copper", "Carbon Steel", "Enamelled"),
                    List.of("Frying Pan", "Saucepan", "Dutch Oven", "Wok", "Stockpot", "Griddle")),
            new CategorySpec("tableware", "Tableware", 4,
                    List.of("Stoneware", "Porcelain", "Glass", "Ceramic", "Bamboo"),
                    List.of("Dinner Plate", "Mug", "Bowl Set", "Tumbler", "Teapot", "Serving Platter")),
            new CategorySpec("lighting", "Lighting", 3,
                    List.of("Brass", "Rattan", "Aluminium", "Glass", "Linen"),
                    List.of("Desk Lamp", "Floor Lamp", "Pendant Light", "Lantern", "Wall Sconce", "String Lights")),
            new CategorySpec("furniture", "Furniture", 3,
                    List.of("Oak", "Walnut", "Pine", "Rattan", "Steel", "Teak"),
                    List.of("Side Table", "Bookshelf", "Armchair", "Stool", "Bench", "Desk")),
            new CategorySpec("bedding", "Bedding", 4,
                    List.of("Linen", "Percale", "Flannel", "Wool", "Organic Cotton"),
                    List.of("Duvet Cover", "Pillowcase", "Throw Blanket", "Fitted Sheet", "Quilt")),
            new CategorySpec("camping", "Camping", 5,
                    List.of("Nylon", "Aluminium", "Titanium", "Ripstop", "Polyester"),
                    List.of("Tent", "Sleeping Bag", "Camping Stove", "Hammock", "Camp Chair", "Headlamp")),
            new CategorySpec("cycling", "Cycling", 3,
                    List.of("Carbon", "Aluminium", "Lycra", "Steel", "Polycarbonate"),
                    List.of("Bike Helmet", "Cycling Jersey", "Saddle Bag", "Bike Light", "Water Bottle", "Bike Lock")),
            new CategorySpec("fitness", "Fitness", 4,
                    List.of("Rubber", "Cork", "Neoprene", "Cast Iron", "Latex"),
                    List.of("Yoga Mat", "Dumbbell", "Resistance Band", "Kettlebell", "Jump Rope", "Foam Roller")),
            new CategorySpec("audio", "Audio", 5,
                    List.of("Aluminium", "Walnut", "Recycled Plastic", "Fabric", "Bamboo"),
                    List.of("Headphones", "Earbuds", "Bluetooth Speaker", "Soundbar", "Turntable", "Microphone")),
            new CategorySpec("computing", "Computing", 4,
                    List.of("Aluminium", "Bamboo", "Steel", "Walnut", "Recycled Plastic"),
                    List.of("Keyboard", "Mouse", "Monitor Stand", "USB Hub", "Laptop Stand", "Webcam")),
            new CategorySpec("garden", "Garden", 3,
                    List.of("Galvanised Steel", "Terracotta", "Cedar", "Copper", "Recycled Plastic"),
                    List.of("Watering Can", "Planter", "Pruning Shears", "Garden Hose", "Trowel", "Bird Feeder")));

    /** How the products of a subcategory vary and what their type describes. */
    enum Kind {
        /** One default variant, no product type. */
        PLAIN,
        /** Colour × size (S, M, L) for most products; type generated-apparel (material, fit, organic). */
        APPAREL,
        /** Colour × shoe size (40, 42, 44) for most products; type generated-footwear (upper, waterproof, sole height). */
        FOOTWEAR
    }

    static Kind kindOf(CategorySpec spec) {
        return switch (spec.word()) {
            case "jackets", "shirts", "trousers", "knitwear" -> Kind.APPAREL;
            case "footwear" -> Kind.FOOTWEAR;
            default -> Kind.PLAIN;
        };
    }

    /** Colours whose first four letters differ, so that variant SKUs (…-NAVY-M) stay unique. */
    static final List<String> COLOURS = List.of("Black", "Navy", "Olive", "Sand", "Grey", "Rust", "White", "Forest");
    static final List<String> APPAREL_SIZES = List.of("S", "M", "L");
    static final List<String> SHOE_SIZES = List.of("40", "42", "44");
    static final List<String> FITS = List.of("Slim", "Regular", "Relaxed");

    /** The materials of the subcategories of a kind, in first-seen order: the allowed values of its ENUM attribute. */
    static List<String> materialsOf(Kind kind) {
        return CATEGORIES.stream().filter(c -> kindOf(c) == kind).flatMap(c -> c.materials().stream()).distinct().toList();
    }

    static final List<String> USES = List.of(
            "city commutes", "weekend trips", "everyday use", "the outdoors", "small flats", "long days on the trail",
            "the home office", "rainy days", "gift giving", "family kitchens", "travel", "first-time buyers");

    static final List<String> BENEFITS = List.of(
            "designed to last", "easy to care for", "light enough to carry all day", "built for daily wear and tear",
            "finished by hand", "made in small batches", "tested in real homes", "comfortable from the first day");

    static final List<String> QUALITIES = List.of(
            "comfortable and hard-wearing", "simple to clean", "built to last for years", "quietly good-looking",
            "surprisingly light", "sturdy without the bulk", "ready to use out of the box");

    static final List<String> EXTRAS = List.of(
            "Backed by a two-year warranty.", "Ships in recyclable packaging.", "Free returns within 30 days.",
            "Spare parts are available for five years.", "Available while stocks last.",
            "Every order is checked by hand before it ships.", "Pairs well with the rest of the range.",
            "Care instructions are printed on the label.");
}
