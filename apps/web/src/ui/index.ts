/** What every page shares: labels and formats in Swedish, and the accessible building blocks. */
export { Button, type ButtonProps } from './Button';
export { Dialog, type DialogProps } from './Dialog';
export { FormField, TextArea, TextField, type FieldControlProps, type FormFieldProps } from './FormField';
export { Loading, QueryState } from './Loading';
export { AnnouncerProvider, LiveRegion, useAnnounce } from './LiveRegion';
export { APP_NAME, PageHeading, usePageTitle } from './PageHeading';
export { ProblemMessage } from './ProblemMessage';
export { StepBadge } from './StepBadge';
export { formatCount, formatDate, formatDateTime, formatDay, formatDays, formatNumber, formatShortDate, formatShortDay, formatTime } from './format';
export { ClampedText } from './ClampedText';
export * from './labels';
