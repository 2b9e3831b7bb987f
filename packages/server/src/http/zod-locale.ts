import { z } from 'zod';

/** Validation messages that reach users are Dutch: zod's built-in Dutch locale for every default message. */
z.config(z.locales.nl());
