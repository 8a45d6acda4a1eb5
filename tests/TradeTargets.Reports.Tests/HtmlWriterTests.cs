namespace TradeTargets.Reports.Tests;

public class HtmlWriterTests
{
    [Theory]
    [InlineData("onclick")]
    [InlineData("href")]
    [InlineData("src")]
    [InlineData("style")]
    public void Open_AttributeThatCouldRunOrLoad_Throws(string name)
    {
        var act = () => new HtmlWriter(TextWriter.Null).Open("div", (name, "x"));

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public void Link_AddressOtherThanHttp_WritesTheTextAlone(string address)
    {
        var output = new StringWriter();

        new HtmlWriter(output).Link("title <b>", new Uri(address));

        output.ToString().Should().Be("title &lt;b&gt;");
    }

    [Fact]
    public void Element_TextAndAttribute_AreEscaped()
    {
        var output = new StringWriter();

        new HtmlWriter(output).Element("p", "<i>&'\"", ("title", "\" onclick=\"x"));

        output.ToString().Should().Be("<p title=\"&quot; onclick=&quot;x\">&lt;i&gt;&amp;&#39;&quot;</p>");
    }

    [Fact]
    public void Close_WrongElement_Throws()
    {
        var writer = new HtmlWriter(TextWriter.Null).Open("section");

        var act = () => writer.Close("div");

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Download_DocumentWithinTheLimit_IsEmbeddedAsBase64()
    {
        var output = new StringWriter();

        var written = new HtmlWriter(output).Download("data", "a.csv", "text/csv", 16, w => w.Write("a,b\n1,2\n"));

        written.Should().BeTrue();
        output.ToString().Should().Be($"<a download=\"a.csv\" href=\"data:text/csv;base64,{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("a,b\n1,2\n"))}\">data</a>");
    }

    [Fact]
    public void Download_DocumentOverTheLimit_WritesNothingAndSaysSo()
    {
        var output = new StringWriter();
        var chunks = 0;

        var written = new HtmlWriter(output).Download("data", "a.json", "application/json", 100_000, w =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                w.Write(new string('x', 1_000));
                chunks++;
            }
        });

        written.Should().BeFalse();
        output.ToString().Should().BeEmpty();
        chunks.Should().BeLessThan(200, "the writer is stopped soon after the limit, not left to write the whole document");
    }
}
