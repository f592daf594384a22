using Parallax.Core.Text;

namespace Parallax.Core.Tests;

public sealed class TextSpanTests
{
    [Fact]
    public void Spans_are_half_open()
    {
        var span = new TextSpan(3, 4);
        Assert.Equal(7, span.End);
        Assert.True(span.Contains(3));
        Assert.False(span.Contains(7));
        Assert.False(span.Overlaps(new TextSpan(7, 2)));
        Assert.True(span.Overlaps(new TextSpan(6, 2)));
        Assert.Equal("3456", span.Slice("0123456789"));
    }
}
