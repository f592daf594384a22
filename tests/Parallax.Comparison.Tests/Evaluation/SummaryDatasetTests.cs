using Parallax.Comparison.Evaluation;

namespace Parallax.Comparison.Tests.Evaluation;

public sealed class SummaryDatasetTests
{
    [Fact]
    public void Clusters_pair_their_documents_with_their_reference_summaries()
    {
        var root = Directory.CreateTempSubdirectory("px-duc");
        try
        {
            Write(root.FullName, "TEST_docs_Parsed/d1t/C1", "  The council met on Monday.\n\n  It voted to close the bridge.\n");
            Write(root.FullName, "TEST_docs_Parsed/d1t/C2", "The bridge will close in March.");
            Write(root.FullName, "Test_Summaries/d1t/D1.M.100.T.A", "The council voted to close the bridge in March.");
            Write(root.FullName, "TEST_docs_Parsed/d2t/C1", "A cluster without summaries is left out.");

            var cluster = Assert.Single(SummaryDataset.Load(root.FullName));

            Assert.Equal("d1t", cluster.Name);
            Assert.Equal(2, cluster.Articles.Length);
            Assert.Equal<string>(["The council met on Monday.", "It voted to close the bridge."], cluster.Articles[0].Body);
            Assert.Equal("The council voted to close the bridge in March.", Assert.Single(cluster.References));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_folder_that_is_not_the_duc_layout_is_refused_by_name()
    {
        var root = Directory.CreateTempSubdirectory("px-duc");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => SummaryDataset.Load(root.FullName));

            Assert.Contains(root.FullName, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
