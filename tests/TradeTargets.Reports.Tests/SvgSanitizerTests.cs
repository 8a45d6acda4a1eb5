namespace TradeTargets.Reports.Tests;

public class SvgSanitizerTests
{
    private const string Hostile = """
        <?xml version="1.0" encoding="utf-8" ?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="500" onload="alert(1)">
          <script>alert(2)</script>
          <clipPath id="clip1"><rect x="1" y="2" width="3" height="4"/></clipPath>
          <g clip-path="url(#clip1)"><rect fill="url(https://evil.example/x)" width="1" height="1"/></g>
          <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
          <a xlink:href="javascript:alert(3)"><text x="1" y="2">link</text></a>
          <text x="5" y="6" font-family="TradeTargets Sans">&lt;script&gt;alert(4)&lt;/script&gt;</text>
        </svg>
        """;

    [Fact]
    public void Sanitize_HostileSvg_KeepsDrawingAndTextAndDropsEverythingActive()
    {
        var markup = SvgSanitizer.Sanitize(Hostile, "c1-", "c1-caption").Markup;

        var svg = Pages.Parse($"<!DOCTYPE html><html><body>{markup}</body></html>").QuerySelector("svg")!;
        svg.QuerySelectorAll("script, foreignObject, a").Should().BeEmpty();
        svg.HasAttribute("onload").Should().BeFalse();
        svg.GetAttribute("viewBox").Should().Be("0 0 800 500");
        svg.GetAttribute("role").Should().Be("img");
        svg.GetAttribute("aria-labelledby").Should().Be("c1-caption");
        svg.QuerySelector("clipPath")!.Id.Should().Be("c1-clip1");
        svg.QuerySelector("g")!.GetAttribute("clip-path").Should().Be("url(#c1-clip1)");
        svg.QuerySelector("g rect")!.HasAttribute("fill").Should().BeFalse("a paint from another address would be a request");
        svg.QuerySelectorAll("text").Select(t => t.TextContent).Should().Equal("<script>alert(4)</script>");
        markup.Should().NotContain("<?xml");
    }

    [Fact]
    public void Sanitize_NotSvg_Throws()
    {
        var act = () => SvgSanitizer.Sanitize("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "x-", "x");

        act.Should().Throw<System.Xml.XmlException>();
    }
}
