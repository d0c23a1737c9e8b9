import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm clinical blue. Shade 7 on white passes WCAG AA for text and focus rings.
const clinical: MantineColorsTuple = [
  '#e9f2f9',
  '#d3e3ef',
  '#a6c6e0',
  '#76a7d0',
  '#4f8dc3',
  '#367dbb',
  '#2873b5',
  '#1c5d8c',
  '#154f7a',
  '#0a3f66',
];

export const theme = createTheme({
  primaryColor: 'clinical',
  primaryShade: 7,
  colors: { clinical },
  fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
  },
});
