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
}
