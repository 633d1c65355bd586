import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { lazyView } from './lazyView';

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazyView', () => {
  it('starts loading at once, shows the fallback until loaded, then the content', async () => {
    let resolve: (c: typeof Greeting) => void = () => undefined;
    const load = jest.fn(() => new Promise<typeof Greeting>((r) => (resolve = r)));
    const View = lazyView(load);
    expect(load).toHaveBeenCalledTimes(1);
    render(
      <Suspense fallback={<p>loading</p>}>
        <View name="kata" />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    resolve(Greeting);
    expect(await screen.findByText('Hello kata')).toBeInTheDocument();
  });

  it('renders at once, without the fallback, once its code has arrived', async () => {
    const View = lazyView(() => Promise.resolve(Greeting));
    await Promise.resolve();
    render(
      <Suspense fallback={<p>loading</p>}>
        <View name="runc" />
      </Suspense>,
    );
    expect(screen.getByText('Hello runc')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
  });
});
