"""The UI's font: Inter cut down to the glyphs the UI bakes, with TrueType
outlines instead of Inter's own CFF ones.

Usage: python3 ui_font.py SOURCE.otf UNICODES OUTPUT.ttf

Why TrueType: stb_truetype (in ImGui) interprets each CFF glyph's charstring
twice, and the font atlas, built before the UI's first frame, took about
two thirds longer from the CFF font than from the same glyphs as quadratic
outlines. The curves are converted within one font unit (Inter has 2,816
to the em): under a twentieth of a pixel at the largest size the UI draws.
The layout tables go (ImGui reads none of them), and so does hinting (the
atlas is rasterised at physical pixels).
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERROR = 1.0  # font units


def cut(font, unicodes):
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
    subsetter.subset(font)


def to_truetype(font):
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        # CFF winds outer contours counter-clockwise, TrueType clockwise.
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font["head"].glyphDataFormat = 0
    del font["CFF "]
    # maxp 1.0 (TrueType) has fields that 0.5 (CFF) lacks; glyf's compile
    # fills in the outline counts, the rest is for hinting, which there is none of.
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth",
                  "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    # post 3.0 carries no glyph names, which a TrueType font then lacks; 2.0 keeps them.
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def main():
    source, unicodes, output = sys.argv[1:4]
    font = TTFont(source)
    cut(font, unicodes)
    to_truetype(font)
    font.save(output)


if __name__ == "__main__":
    main()
