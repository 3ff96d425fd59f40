// What the demo kitchens sell, at plausible prices in minor units, and who orders it. Weights say
// how often a dish is ordered relative to the rest of its menu.

export interface MenuItem {
  name: string;
  unitPrice: number;
  weight: number;
}

export type MenuName = "pizzeria" | "german" | "ramen" | "tacos" | "salads" | "burgers";

export const menus: Record<MenuName, readonly MenuItem[]> = {
  pizzeria: [
    { name: "Margherita pizza", unitPrice: 1_450, weight: 9 },
    { name: "Pepperoni pizza", unitPrice: 1_600, weight: 8 },
    { name: "Quattro formaggi pizza", unitPrice: 1_750, weight: 4 },
    { name: "Burrata with tomatoes", unitPrice: 1_200, weight: 3 },
    { name: "Garlic knots", unitPrice: 650, weight: 6 },
    { name: "Caesar salad", unitPrice: 900, weight: 4 },
    { name: "Tiramisu", unitPrice: 750, weight: 4 },
    { name: "San Pellegrino", unitPrice: 300, weight: 5 },
  ],
  german: [
    { name: "Schnitzel Wiener Art", unitPrice: 1_690, weight: 8 },
    { name: "Käsespätzle", unitPrice: 1_250, weight: 7 },
    { name: "Currywurst mit Pommes", unitPrice: 980, weight: 9 },
    { name: "Rinderroulade mit Rotkohl", unitPrice: 1_890, weight: 3 },
    { name: "Kartoffelsalat", unitPrice: 550, weight: 5 },
    { name: "Apfelstrudel", unitPrice: 650, weight: 4 },
    { name: "Laugenbrezel", unitPrice: 220, weight: 4 },
    { name: "Spezi 0,5 l", unitPrice: 350, weight: 5 },
  ],
  ramen: [
    { name: "Tonkotsu ramen", unitPrice: 1_280, weight: 9 },
    { name: "Shoyu ramen", unitPrice: 1_080, weight: 7 },
    { name: "Spicy miso ramen", unitPrice: 1_350, weight: 6 },
    { name: "Tokusei ramen with all toppings", unitPrice: 1_680, weight: 3 },
    { name: "Gyoza (6 pieces)", unitPrice: 520, weight: 8 },
    { name: "Karaage", unitPrice: 680, weight: 6 },
    { name: "Chashu rice bowl", unitPrice: 580, weight: 4 },
    { name: "Matcha ice cream", unitPrice: 420, weight: 3 },
    { name: "Oolong tea", unitPrice: 280, weight: 4 },
  ],
  tacos: [
    { name: "Carne asada tacos (3)", unitPrice: 1_395, weight: 9 },
    { name: "Al pastor burrito", unitPrice: 1_450, weight: 8 },
    { name: "Chicken quesadilla", unitPrice: 1_250, weight: 5 },
    { name: "Family taco platter (12)", unitPrice: 3_900, weight: 1 },
    { name: "Chips and guacamole", unitPrice: 795, weight: 6 },
    { name: "Elote", unitPrice: 595, weight: 4 },
    { name: "Churros", unitPrice: 650, weight: 3 },
    { name: "Horchata", unitPrice: 450, weight: 5 },
  ],
  salads: [
    { name: "Harvest bowl", unitPrice: 1_425, weight: 8 },
    { name: "Chicken Caesar bowl", unitPrice: 1_375, weight: 8 },
    { name: "Kale and quinoa salad", unitPrice: 1_250, weight: 6 },
    { name: "Salmon poke bowl", unitPrice: 1_595, weight: 5 },
    { name: "Avocado toast", unitPrice: 950, weight: 4 },
    { name: "Tomato soup", unitPrice: 675, weight: 3 },
    { name: "Cold-pressed juice", unitPrice: 650, weight: 5 },
    { name: "Lemonade", unitPrice: 400, weight: 4 },
  ],
  burgers: [
    { name: "Classic cheeseburger", unitPrice: 1_299, weight: 9 },
    { name: "Double bacon burger", unitPrice: 1_599, weight: 7 },
    { name: "Crispy chicken sandwich", unitPrice: 1_349, weight: 7 },
    { name: "Cheeseburger combo with fries and a drink", unitPrice: 1_899, weight: 8 },
    { name: "Veggie burger", unitPrice: 1_249, weight: 3 },
    { name: "Fries", unitPrice: 499, weight: 8 },
    { name: "Onion rings", unitPrice: 599, weight: 4 },
    { name: "Chocolate milkshake", unitPrice: 699, weight: 5 },
    { name: "Fountain soda", unitPrice: 329, weight: 5 },
  ],
};

export type CustomerLocale = "en" | "de" | "ja";

const givenNames: Record<CustomerLocale, readonly string[]> = {
  en: [
    "Maria",
    "James",
    "Aisha",
    "Daniel",
    "Sofia",
    "Michael",
    "Priya",
    "Carlos",
    "Emily",
    "Jamal",
    "Olivia",
    "Wei",
    "Hannah",
    "Diego",
    "Grace",
    "Noah",
  ],
  de: [
    "Lena",
    "Jonas",
    "Mia",
    "Lukas",
    "Emma",
    "Felix",
    "Hannah",
    "Paul",
    "Leonie",
    "Elias",
    "Sophie",
    "Mehmet",
  ],
  ja: ["Yuki", "Haruto", "Aoi", "Sota", "Hina", "Ren", "Sakura", "Kaito", "Mei", "Riku"],
};

const familyInitials: Record<CustomerLocale, string> = {
  en: "ABCDEGHJKLMNPRSTW",
  de: "BFHKLMNRSTWZ",
  ja: "FHIKMNOSTWY",
};

/** Customers are shown as a given name and an initial, as delivery apps do. */
export function customerNames(locale: CustomerLocale): string[] {
  return givenNames[locale].flatMap((name) =>
    [...familyInitials[locale]].map((initial) => `${name} ${initial}.`),
  );
}
