// The exit's words live in core with the exit itself: the banner offers the same control.
export { quickExitMessages, type QuickExitMessage } from '../exit/exit-messages.js';
