using System.Runtime.CompilerServices;

// The shared sentence representation stays internal to Comparison; its tests exercise it directly.
[assembly: InternalsVisibleTo("Parallax.Comparison.Tests")]
