using System.Runtime.CompilerServices;

// The report model helpers stay internal to Reporting; its tests exercise them directly.
[assembly: InternalsVisibleTo("Parallax.Reporting.Tests")]
