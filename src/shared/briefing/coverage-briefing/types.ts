/** What the automatic coverage briefing needs to know about each imported article. */
import type { Quote } from '../../domain';
import type { CitedSource } from '../types';

export interface CoverageArticle {
  /** Unique within the run; the story grouping refers to it (the source path does). */
  id: string;
  source: CitedSource;
  body: string;
  wordCount: number;
  quotes: Quote[];
}

export interface CoverageStory {
  label: string;
  articles: CoverageArticle[];
}

export interface CoverageOptions {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  author?: string;
  /** Lines for the cover: what was imported, what was left out. */
  notes?: string[];
  /** Quotes listed per speaker and outlet (the rest are counted). Default 3. */
  quotesPerSpeakerAndOutlet?: number;
  /** Speakers listed with their quotes, most quoted first. Default 30. */
  maxSpeakers?: number;
}
