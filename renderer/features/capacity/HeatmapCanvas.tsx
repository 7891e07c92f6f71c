import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { drawCells, type DrawView } from './drawCells';
import { rowAt, type HeatmapGrid } from './gridPages';
import { HEAD_H, NAME_W } from './HeatmapRow';

interface Props {
  scrollRef: RefObject<HTMLDivElement | null>;
  grid: HeatmapGrid;
  /** Everything but the scroll position; a new object asks for a redraw. */
  view: Omit<DrawView, 'width' | 'height' | 'scrollLeft' | 'scrollTop'>;
  size: { width: number; height: number };
}

/** The cells, painted over the scroll area's body and redrawn once a frame while it scrolls. */
export function HeatmapCanvas({ scrollRef, grid, view, size }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const latest = useRef({ view, grid, size });
  latest.current = { view, grid, size };
  const frame = useRef(0);

  const draw = () => {
    frame.current = 0;
    const canvas = canvasRef.current;
    const scroller = scrollRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !scroller || !ctx) return;
    const { view: v, grid: g, size: s } = latest.current;
    const dpr = window.devicePixelRatio || 1;
    const width = Math.max(0, s.width - NAME_W);
    const height = Math.max(0, s.height - HEAD_H);
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    drawCells(ctx, dpr, { ...v, width, height, scrollLeft: scroller.scrollLeft, scrollTop: scroller.scrollTop }, (r) => rowAt(g, r));
  };
  const schedule = () => {
    if (!frame.current) frame.current = requestAnimationFrame(draw);
  };

  // eslint-disable-next-line react-hooks/exhaustive-deps -- draw reads the latest props through a ref
  useLayoutEffect(draw, [view, grid, size]);
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    scroller.addEventListener('scroll', schedule, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', schedule);
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- schedule reads the latest props through a ref
  }, [scrollRef]);

  return <canvas ref={canvasRef} className="hm-canvas" style={{ left: NAME_W, top: HEAD_H }} aria-hidden="true" />;
}
