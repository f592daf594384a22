using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Parallax.Language.Tests")]
