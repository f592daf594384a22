using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Parallax.Stories.Tests")]
