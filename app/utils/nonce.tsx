// The Content-Security-Policy nonce of the current response, for the few inline scripts Remix
// writes. Empty in the browser (browsers hide the attribute), which React accepts.
import { createContext, useContext } from "react";

const NonceContext = createContext<string>("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
