import type { Source } from "../model/source";

/** The five documents the built-in catalog is built from (files under shared/seeds). */
export const sources: Source[] = [
  {
    id: "milley-2023",
    title: "Milley: Don't Send Uninvited US Troops to Mexico",
    outlet: "Defense One",
    authors: ["Kevin Baron (interview)"],
    date: "2023-03-31",
    dateNote:
      "The interview was 'on Friday' after the Thursday indictment of Trump by a Manhattan grand jury (30 March 2023).",
    file: "000_8f9081a0b074a7d1.txt",
  },
  {
    id: "bi-2025",
    title:
      "Trump says he could send US special operators after Mexican drug cartels. It could make things a lot worse.",
    outlet: "Business Insider",
    authors: [],
    date: "2025-01",
    dateNote:
      "Written after the designation of cartels 'on Monday' (20 January 2025) with Waltz as 'new national security advisor': late January 2025.",
    file: "001_fe62a5ed6e44b886.txt",
  },
  {
    id: "heritage-2025",
    title:
      "How the President Can Use the U.S. Military to Confront the Catastrophic Threat at the Border with Mexico",
    outlet: "The Heritage Foundation (Special Report)",
    authors: ["Robert Greenway", "Andrés Martínez-Fernández", "Wilson Beaver"],
    date: "2025-01-27",
    dateNote: "Dated in the text.",
    file: "002_11abb8733a9f1312.txt",
  },
  {
    id: "wapo-2025",
    title: "Trump administration weighs military actions against drug cartels",
    outlet: "The Washington Post",
    authors: ["Sheridan (Mexico City)", "Noah Robertson (contributed)"],
    date: "2025-08",
    dateNote:
      "Reports the presidential directive the New York Times disclosed 'Friday' in early August 2025; June 2025 seizure data are 'the latest available'.",
    file: "003_df361e45ce3da9d4.txt",
  },
  {
    id: "analysis-2025",
    title: "Opinion/analysis column on U.S. military strikes in Mexico (outlet and title not in the text)",
    outlet: "unknown",
    authors: [],
    date: "2025-09",
    dateNote: "Cites Rubio's visits to Mexico (3 September 2025) and Ecuador (4 September 2025).",
    file: "004_3be21d743f83a329.txt",
  },
];
